stub: upstream file of 14362 bytes
