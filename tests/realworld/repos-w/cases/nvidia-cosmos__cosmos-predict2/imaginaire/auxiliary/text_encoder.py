stub: upstream file of 16441 bytes
