stub: upstream file of 20894 bytes
