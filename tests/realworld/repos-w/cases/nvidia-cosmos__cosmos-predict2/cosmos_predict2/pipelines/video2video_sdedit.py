stub: upstream file of 34537 bytes
