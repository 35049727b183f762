stub: upstream file of 20612 bytes
