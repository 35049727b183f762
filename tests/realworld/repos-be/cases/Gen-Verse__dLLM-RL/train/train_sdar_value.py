stub: upstream file of 45337 bytes
