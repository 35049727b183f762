stub: upstream file of 9962 bytes
