stub: upstream file of 17576 bytes
