stub: upstream file of 7327 bytes
