stub: upstream file of 36090 bytes
