stub: upstream file of 11150 bytes
