stub: upstream file of 12130 bytes
