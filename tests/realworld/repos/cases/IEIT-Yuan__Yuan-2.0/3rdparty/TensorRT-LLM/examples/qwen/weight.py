stub: upstream file of 42416 bytes
