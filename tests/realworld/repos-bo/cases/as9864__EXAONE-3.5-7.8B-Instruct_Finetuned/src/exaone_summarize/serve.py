stub: upstream file of 9573 bytes
