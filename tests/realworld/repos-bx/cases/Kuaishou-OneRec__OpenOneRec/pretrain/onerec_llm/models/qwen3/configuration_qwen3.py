stub: upstream file of 11232 bytes
