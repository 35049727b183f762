stub: upstream file of 35705 bytes
