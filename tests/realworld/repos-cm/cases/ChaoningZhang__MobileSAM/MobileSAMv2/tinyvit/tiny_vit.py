stub: upstream file of 24905 bytes
