stub: upstream file of 10860 bytes
