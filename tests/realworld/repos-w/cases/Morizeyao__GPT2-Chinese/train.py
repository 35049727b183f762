stub: upstream file of 12368 bytes
