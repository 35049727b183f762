stub: upstream file of 15237 bytes
