stub: upstream file of 71356 bytes
