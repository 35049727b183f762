stub: upstream file of 8620 bytes
