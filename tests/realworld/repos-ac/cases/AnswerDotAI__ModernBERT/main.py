stub: upstream file of 21964 bytes
