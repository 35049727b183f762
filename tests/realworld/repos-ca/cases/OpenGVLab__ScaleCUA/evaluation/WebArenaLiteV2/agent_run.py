stub: upstream file of 13236 bytes
