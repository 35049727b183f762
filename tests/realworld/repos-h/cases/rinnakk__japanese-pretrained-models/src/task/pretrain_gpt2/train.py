stub: upstream file of 24050 bytes
