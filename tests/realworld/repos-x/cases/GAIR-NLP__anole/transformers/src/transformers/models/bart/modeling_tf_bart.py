stub: upstream file of 80771 bytes
