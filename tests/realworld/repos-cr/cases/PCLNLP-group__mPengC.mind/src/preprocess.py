stub: upstream file of 8797 bytes
