stub: upstream file of 42141 bytes
