stub: upstream file of 2586 bytes
