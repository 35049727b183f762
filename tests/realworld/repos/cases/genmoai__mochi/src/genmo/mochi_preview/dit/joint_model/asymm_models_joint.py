stub: upstream file of 26929 bytes
