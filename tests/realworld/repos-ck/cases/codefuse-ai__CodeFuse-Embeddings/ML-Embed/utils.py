stub: upstream file of 22801 bytes
