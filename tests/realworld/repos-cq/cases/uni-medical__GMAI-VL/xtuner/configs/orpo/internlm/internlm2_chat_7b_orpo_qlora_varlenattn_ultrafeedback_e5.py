stub: upstream file of 7614 bytes
