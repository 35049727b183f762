stub: upstream file of 14258 bytes
