stub: upstream file of 57566 bytes
