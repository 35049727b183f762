stub: upstream file of 8614 bytes
