stub: upstream file of 16285 bytes
