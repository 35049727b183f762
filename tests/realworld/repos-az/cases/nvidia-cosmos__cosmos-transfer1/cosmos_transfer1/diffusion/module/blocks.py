stub: upstream file of 22789 bytes
