stub: upstream file of 49022 bytes
