stub: upstream file of 24930 bytes
