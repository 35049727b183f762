stub: upstream file of 14748 bytes
