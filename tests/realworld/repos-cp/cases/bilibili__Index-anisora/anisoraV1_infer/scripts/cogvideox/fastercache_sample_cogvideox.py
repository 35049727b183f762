stub: upstream file of 28069 bytes
