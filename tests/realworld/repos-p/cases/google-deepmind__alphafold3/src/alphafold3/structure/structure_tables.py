stub: upstream file of 32561 bytes
