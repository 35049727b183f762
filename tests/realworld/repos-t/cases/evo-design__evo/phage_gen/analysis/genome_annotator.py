stub: upstream file of 40034 bytes
