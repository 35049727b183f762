stub: upstream file of 45183 bytes
