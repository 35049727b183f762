stub: upstream file of 12284 bytes
