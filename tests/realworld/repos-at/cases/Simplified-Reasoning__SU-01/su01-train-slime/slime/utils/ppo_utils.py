stub: upstream file of 32246 bytes
