stub: upstream file of 23388 bytes
