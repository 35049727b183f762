stub: upstream file of 4022 bytes
