stub: upstream file of 4317 bytes
