stub: upstream file of 6686 bytes
