stub: upstream file of 61156 bytes
