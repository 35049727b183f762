stub: upstream file of 9576 bytes
