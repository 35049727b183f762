stub: upstream file of 29067 bytes
