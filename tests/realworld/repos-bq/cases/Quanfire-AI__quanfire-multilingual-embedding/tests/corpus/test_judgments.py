stub: upstream file of 9072 bytes
