stub: upstream file of 8050 bytes
