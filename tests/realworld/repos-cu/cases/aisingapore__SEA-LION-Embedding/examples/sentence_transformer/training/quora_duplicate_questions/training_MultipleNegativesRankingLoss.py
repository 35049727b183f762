stub: upstream file of 9023 bytes
