stub: upstream file of 25750 bytes
