stub: upstream file of 5235 bytes
