stub: upstream file of 35237 bytes
