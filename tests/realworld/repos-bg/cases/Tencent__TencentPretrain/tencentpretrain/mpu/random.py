stub: upstream file of 12660 bytes
