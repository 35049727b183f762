stub: upstream file of 4894 bytes
