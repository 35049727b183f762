stub: upstream file of 7579 bytes
