stub: upstream file of 25203 bytes
