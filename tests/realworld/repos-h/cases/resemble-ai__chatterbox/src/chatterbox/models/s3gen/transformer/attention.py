stub: upstream file of 14415 bytes
