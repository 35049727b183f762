stub: upstream file of 4224 bytes
