stub: upstream file of 14274 bytes
