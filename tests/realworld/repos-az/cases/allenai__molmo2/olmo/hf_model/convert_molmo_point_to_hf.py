stub: upstream file of 18827 bytes
