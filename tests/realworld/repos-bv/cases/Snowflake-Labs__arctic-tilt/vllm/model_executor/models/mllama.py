stub: upstream file of 66290 bytes
