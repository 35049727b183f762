stub: upstream file of 42929 bytes
