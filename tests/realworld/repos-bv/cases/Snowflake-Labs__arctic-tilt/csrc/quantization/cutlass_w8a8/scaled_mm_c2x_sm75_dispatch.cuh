stub: upstream file of 5084 bytes
