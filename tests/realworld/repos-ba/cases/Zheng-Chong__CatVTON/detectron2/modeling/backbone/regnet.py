stub: upstream file of 16664 bytes
