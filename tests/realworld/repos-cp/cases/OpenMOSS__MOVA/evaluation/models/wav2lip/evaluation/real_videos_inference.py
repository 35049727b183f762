stub: upstream file of 9173 bytes
