stub: upstream file of 14462 bytes
