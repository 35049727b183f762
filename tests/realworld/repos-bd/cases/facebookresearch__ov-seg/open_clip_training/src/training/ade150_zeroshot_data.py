stub: upstream file of 8580 bytes
