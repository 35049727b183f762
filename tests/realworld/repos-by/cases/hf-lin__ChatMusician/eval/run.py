stub: upstream file of 13921 bytes
