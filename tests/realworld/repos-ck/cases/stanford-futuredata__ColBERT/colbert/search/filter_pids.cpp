stub: upstream file of 5894 bytes
