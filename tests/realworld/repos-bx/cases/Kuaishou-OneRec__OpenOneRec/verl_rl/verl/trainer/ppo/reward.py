stub: upstream file of 6981 bytes
