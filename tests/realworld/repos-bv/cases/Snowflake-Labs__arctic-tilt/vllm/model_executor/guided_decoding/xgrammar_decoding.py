stub: upstream file of 16137 bytes
