stub: upstream file of 3575 bytes
