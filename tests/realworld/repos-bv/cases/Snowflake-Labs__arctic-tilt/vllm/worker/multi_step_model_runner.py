stub: upstream file of 39211 bytes
