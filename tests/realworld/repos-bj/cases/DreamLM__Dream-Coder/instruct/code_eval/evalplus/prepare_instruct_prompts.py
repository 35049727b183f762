stub: upstream file of 11828 bytes
