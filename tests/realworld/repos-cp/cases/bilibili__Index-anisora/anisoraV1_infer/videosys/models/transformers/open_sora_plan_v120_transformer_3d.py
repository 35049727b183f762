stub: upstream file of 95368 bytes
