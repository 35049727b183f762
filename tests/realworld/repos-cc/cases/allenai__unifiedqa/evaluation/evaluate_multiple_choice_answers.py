stub: upstream file of 7022 bytes
