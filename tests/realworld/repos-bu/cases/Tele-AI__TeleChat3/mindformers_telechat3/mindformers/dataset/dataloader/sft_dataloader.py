stub: upstream file of 12760 bytes
