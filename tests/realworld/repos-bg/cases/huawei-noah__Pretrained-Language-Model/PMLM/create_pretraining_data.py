stub: upstream file of 16629 bytes
