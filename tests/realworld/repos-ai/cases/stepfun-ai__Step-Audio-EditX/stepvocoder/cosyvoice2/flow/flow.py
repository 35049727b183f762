stub: upstream file of 8175 bytes
