stub: upstream file of 28058 bytes
