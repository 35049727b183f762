stub: upstream file of 41210 bytes
