stub: upstream file of 16593 bytes
