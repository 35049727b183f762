stub: upstream file of 14364 bytes
