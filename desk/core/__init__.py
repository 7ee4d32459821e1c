"""The rules of the product: plain data and pure functions, no storage, no screens.

Only the standard library, python-dateutil and phonenumbers may be imported here.
"""
