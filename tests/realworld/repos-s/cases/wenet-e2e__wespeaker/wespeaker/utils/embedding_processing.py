stub: upstream file of 9981 bytes
