stub: upstream file of 6845 bytes
