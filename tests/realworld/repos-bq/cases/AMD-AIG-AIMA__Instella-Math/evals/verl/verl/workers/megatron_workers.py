stub: upstream file of 36072 bytes
