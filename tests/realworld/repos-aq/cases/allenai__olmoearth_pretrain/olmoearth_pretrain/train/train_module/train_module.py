stub: upstream file of 27828 bytes
