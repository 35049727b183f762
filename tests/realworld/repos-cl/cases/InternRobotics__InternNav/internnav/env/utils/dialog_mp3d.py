stub: upstream file of 8635 bytes
