stub: upstream file of 6638 bytes
