stub: upstream file of 16620 bytes
