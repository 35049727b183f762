stub: upstream file of 2454 bytes
