stub: upstream file of 18952 bytes
