stub: upstream file of 10519 bytes
