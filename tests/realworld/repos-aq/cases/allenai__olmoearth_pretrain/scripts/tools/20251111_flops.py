stub: upstream file of 10052 bytes
