stub: upstream file of 20061 bytes
