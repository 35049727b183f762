stub: upstream file of 20231 bytes
