stub: upstream file of 1126385 bytes
