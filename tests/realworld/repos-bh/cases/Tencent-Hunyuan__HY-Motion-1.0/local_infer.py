stub: upstream file of 14465 bytes
