stub: upstream file of 17913 bytes
