stub: upstream file of 49265 bytes
