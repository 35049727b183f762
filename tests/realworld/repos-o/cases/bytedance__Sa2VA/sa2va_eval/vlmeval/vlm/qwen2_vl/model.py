stub: upstream file of 31241 bytes
