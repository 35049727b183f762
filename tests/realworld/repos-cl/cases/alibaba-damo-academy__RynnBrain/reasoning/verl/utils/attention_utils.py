stub: upstream file of 3980 bytes
