stub: upstream file of 6865 bytes
