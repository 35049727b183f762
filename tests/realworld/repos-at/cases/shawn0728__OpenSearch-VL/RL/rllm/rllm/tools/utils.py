stub: upstream file of 9983 bytes
