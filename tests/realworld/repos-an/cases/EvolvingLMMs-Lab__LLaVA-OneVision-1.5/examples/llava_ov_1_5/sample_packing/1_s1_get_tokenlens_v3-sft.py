stub: upstream file of 25439 bytes
