stub: upstream file of 17040 bytes
