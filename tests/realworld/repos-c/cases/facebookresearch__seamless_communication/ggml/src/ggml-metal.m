stub: upstream file of 62093 bytes
