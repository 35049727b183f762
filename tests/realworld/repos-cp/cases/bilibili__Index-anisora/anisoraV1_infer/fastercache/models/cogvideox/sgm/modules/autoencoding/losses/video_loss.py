stub: upstream file of 24126 bytes
