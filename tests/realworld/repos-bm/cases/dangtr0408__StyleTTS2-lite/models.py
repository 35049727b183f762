stub: upstream file of 24090 bytes
