stub: upstream file of 227365 bytes
