stub: upstream file of 66669 bytes
