stub: upstream file of 34023 bytes
