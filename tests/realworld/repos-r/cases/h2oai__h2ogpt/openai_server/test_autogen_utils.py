stub: upstream file of 21453 bytes
