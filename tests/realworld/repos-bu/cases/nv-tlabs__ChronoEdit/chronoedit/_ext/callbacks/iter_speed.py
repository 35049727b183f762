stub: upstream file of 3974 bytes
