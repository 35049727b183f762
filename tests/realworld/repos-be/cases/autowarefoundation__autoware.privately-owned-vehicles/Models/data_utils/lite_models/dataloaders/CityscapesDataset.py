stub: upstream file of 7703 bytes
