stub: upstream file of 13341 bytes
