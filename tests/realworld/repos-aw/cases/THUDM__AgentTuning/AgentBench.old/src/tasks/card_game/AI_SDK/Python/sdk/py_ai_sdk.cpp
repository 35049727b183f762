stub: upstream file of 16141 bytes
