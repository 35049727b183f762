stub: upstream file of 26188 bytes
