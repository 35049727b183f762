stub: upstream file of 4090 bytes
