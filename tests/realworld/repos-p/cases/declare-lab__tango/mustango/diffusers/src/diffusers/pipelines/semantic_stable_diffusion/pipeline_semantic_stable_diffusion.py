stub: upstream file of 37910 bytes
