stub: upstream file of 24600 bytes
