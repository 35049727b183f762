stub: upstream file of 30710 bytes
