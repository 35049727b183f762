stub: upstream file of 19201 bytes
