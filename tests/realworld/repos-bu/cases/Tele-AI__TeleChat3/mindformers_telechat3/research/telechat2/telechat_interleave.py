stub: upstream file of 35030 bytes
