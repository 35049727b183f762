stub: upstream file of 58395 bytes
