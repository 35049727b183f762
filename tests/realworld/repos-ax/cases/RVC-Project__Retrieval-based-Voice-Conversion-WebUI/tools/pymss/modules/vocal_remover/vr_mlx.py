stub: upstream file of 15185 bytes
