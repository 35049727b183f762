stub: upstream file of 56934 bytes
