stub: upstream file of 38537 bytes
