stub: upstream file of 16150 bytes
