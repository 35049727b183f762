stub: upstream file of 2755 bytes
