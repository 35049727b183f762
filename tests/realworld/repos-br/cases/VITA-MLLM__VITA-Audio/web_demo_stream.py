stub: upstream file of 20899 bytes
