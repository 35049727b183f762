stub: upstream file of 23145 bytes
