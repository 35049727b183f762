stub: upstream file of 21249 bytes
