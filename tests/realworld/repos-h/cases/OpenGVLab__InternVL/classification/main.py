stub: upstream file of 30523 bytes
