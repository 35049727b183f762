stub: upstream file of 2966 bytes
