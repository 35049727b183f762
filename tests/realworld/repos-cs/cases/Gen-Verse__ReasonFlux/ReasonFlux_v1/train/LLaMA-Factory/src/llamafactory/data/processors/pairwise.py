stub: upstream file of 5703 bytes
