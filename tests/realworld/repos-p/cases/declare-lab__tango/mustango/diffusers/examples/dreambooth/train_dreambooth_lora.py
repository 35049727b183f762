stub: upstream file of 42142 bytes
