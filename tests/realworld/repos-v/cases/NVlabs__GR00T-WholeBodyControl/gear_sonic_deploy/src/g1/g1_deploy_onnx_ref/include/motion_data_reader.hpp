stub: upstream file of 42901 bytes
