stub: upstream file of 31002 bytes
