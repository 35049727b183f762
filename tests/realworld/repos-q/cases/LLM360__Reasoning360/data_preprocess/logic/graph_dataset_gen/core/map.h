stub: upstream file of 82885 bytes
