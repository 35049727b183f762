stub: upstream file of 368 bytes
