stub: upstream file of 17571 bytes
