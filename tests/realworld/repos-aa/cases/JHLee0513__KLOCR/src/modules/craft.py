stub: upstream file of 28898 bytes
