stub: upstream file of 13883 bytes
