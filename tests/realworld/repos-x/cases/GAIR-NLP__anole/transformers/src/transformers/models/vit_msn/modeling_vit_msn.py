stub: upstream file of 31391 bytes
