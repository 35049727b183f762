stub: upstream file of 14311 bytes
