stub: upstream file of 16870 bytes
