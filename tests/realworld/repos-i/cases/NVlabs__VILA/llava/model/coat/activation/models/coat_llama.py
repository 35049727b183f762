stub: upstream file of 62018 bytes
