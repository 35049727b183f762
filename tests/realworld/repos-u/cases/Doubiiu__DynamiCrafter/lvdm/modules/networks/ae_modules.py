stub: upstream file of 34244 bytes
