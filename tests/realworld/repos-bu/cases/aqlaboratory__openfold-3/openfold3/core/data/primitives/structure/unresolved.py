stub: upstream file of 38446 bytes
