stub: upstream file of 28302 bytes
