stub: upstream file of 48491 bytes
