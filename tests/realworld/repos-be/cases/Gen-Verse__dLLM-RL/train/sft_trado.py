stub: upstream file of 28537 bytes
