stub: upstream file of 460224 bytes
