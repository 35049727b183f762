stub: upstream file of 21843 bytes
