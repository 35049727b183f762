stub: upstream file of 15242 bytes
