stub: upstream file of 20930 bytes
