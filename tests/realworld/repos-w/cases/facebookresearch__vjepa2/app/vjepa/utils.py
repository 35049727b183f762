stub: upstream file of 8371 bytes
