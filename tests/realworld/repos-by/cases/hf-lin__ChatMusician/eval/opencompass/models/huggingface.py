stub: upstream file of 17061 bytes
