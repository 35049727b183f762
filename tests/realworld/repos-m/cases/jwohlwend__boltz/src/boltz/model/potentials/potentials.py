stub: upstream file of 28918 bytes
