stub: upstream file of 17532 bytes
