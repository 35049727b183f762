stub: upstream file of 22441 bytes
