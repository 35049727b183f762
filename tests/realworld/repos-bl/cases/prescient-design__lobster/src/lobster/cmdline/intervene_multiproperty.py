stub: upstream file of 20793 bytes
