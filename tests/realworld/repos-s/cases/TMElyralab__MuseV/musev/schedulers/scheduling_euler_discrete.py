stub: upstream file of 11020 bytes
