stub: upstream file of 14741 bytes
