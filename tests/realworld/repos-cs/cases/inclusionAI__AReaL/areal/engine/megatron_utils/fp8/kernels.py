stub: upstream file of 4327 bytes
