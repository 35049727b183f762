stub: upstream file of 10848 bytes
