stub: upstream file of 12233 bytes
