stub: upstream file of 20161 bytes
