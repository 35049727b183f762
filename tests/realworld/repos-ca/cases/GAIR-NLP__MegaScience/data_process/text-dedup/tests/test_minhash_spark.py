stub: upstream file of 1427 bytes
