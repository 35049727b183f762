stub: upstream file of 48338 bytes
