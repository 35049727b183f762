stub: upstream file of 9614 bytes
