stub: upstream file of 10237 bytes
