stub: upstream file of 30738 bytes
