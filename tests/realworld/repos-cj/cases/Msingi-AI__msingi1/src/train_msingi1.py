stub: upstream file of 26441 bytes
