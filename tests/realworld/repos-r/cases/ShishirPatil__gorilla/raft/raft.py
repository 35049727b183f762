stub: upstream file of 29343 bytes
