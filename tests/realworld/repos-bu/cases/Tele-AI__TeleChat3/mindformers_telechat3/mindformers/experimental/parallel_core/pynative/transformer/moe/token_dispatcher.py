stub: upstream file of 13523 bytes
