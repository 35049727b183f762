stub: upstream file of 8237 bytes
