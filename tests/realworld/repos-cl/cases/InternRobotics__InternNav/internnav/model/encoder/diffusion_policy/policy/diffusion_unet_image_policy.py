stub: upstream file of 9652 bytes
