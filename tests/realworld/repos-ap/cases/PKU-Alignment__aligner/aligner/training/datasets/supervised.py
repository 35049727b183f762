stub: upstream file of 4491 bytes
