stub: upstream file of 8948 bytes
