stub: upstream file of 35501 bytes
