stub: upstream file of 11010 bytes
