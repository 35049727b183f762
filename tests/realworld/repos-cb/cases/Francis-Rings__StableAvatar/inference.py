stub: upstream file of 23070 bytes
