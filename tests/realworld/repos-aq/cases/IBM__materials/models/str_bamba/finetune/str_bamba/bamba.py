stub: upstream file of 21614 bytes
