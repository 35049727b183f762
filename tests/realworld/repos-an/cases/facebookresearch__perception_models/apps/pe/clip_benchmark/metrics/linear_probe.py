stub: upstream file of 14373 bytes
