stub: upstream file of 8905 bytes
