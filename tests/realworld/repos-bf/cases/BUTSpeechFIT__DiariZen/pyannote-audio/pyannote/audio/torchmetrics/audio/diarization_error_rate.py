stub: upstream file of 8517 bytes
