stub: upstream file of 13368 bytes
