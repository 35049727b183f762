stub: upstream file of 24241 bytes
