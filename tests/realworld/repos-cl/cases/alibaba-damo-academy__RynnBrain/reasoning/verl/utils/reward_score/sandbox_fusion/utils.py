stub: upstream file of 24546 bytes
