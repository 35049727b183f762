stub: upstream file of 15002 bytes
