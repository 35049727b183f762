stub: upstream file of 30490 bytes
