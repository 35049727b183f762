stub: upstream file of 5188 bytes
