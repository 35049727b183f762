stub: upstream file of 75054 bytes
