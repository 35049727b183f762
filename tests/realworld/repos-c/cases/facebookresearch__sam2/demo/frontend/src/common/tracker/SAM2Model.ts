stub: upstream file of 24269 bytes
