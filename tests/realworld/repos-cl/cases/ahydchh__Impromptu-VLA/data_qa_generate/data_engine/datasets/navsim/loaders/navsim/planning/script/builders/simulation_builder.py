stub: upstream file of 6067 bytes
