stub: upstream file of 14365 bytes
