stub: upstream file of 6175 bytes
