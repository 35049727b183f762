stub: upstream file of 4455 bytes
