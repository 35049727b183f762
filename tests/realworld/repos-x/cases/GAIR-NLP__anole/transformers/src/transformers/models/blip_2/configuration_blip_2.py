stub: upstream file of 16487 bytes
