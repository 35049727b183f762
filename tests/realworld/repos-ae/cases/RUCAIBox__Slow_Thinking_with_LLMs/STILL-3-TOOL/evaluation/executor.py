stub: upstream file of 6191 bytes
