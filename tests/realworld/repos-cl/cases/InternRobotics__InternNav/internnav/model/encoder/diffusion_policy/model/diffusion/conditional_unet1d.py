stub: upstream file of 8952 bytes
