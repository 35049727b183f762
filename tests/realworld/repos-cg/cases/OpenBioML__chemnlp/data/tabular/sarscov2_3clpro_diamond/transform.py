stub: upstream file of 13265 bytes
