stub: upstream file of 26049 bytes
