stub: upstream file of 16165 bytes
