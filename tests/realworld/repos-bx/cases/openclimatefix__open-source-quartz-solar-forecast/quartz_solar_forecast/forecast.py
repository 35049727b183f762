stub: upstream file of 6178 bytes
