stub: upstream file of 218 bytes
