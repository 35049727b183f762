stub: upstream file of 7218 bytes
