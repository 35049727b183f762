stub: upstream file of 9368 bytes
