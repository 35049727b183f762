stub: upstream file of 16019 bytes
