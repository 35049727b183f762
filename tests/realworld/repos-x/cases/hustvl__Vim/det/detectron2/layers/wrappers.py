stub: upstream file of 5532 bytes
