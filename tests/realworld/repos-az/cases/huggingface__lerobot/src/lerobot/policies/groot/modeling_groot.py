stub: upstream file of 22072 bytes
