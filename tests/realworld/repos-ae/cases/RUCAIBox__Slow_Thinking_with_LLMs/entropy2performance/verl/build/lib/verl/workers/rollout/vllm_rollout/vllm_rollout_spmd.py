stub: upstream file of 16274 bytes
