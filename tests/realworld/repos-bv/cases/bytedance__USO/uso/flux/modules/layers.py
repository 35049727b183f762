stub: upstream file of 22259 bytes
