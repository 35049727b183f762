stub: upstream file of 20316 bytes
