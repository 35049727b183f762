stub: upstream file of 42839 bytes
