stub: upstream file of 8167 bytes
