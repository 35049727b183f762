stub: upstream file of 16422 bytes
