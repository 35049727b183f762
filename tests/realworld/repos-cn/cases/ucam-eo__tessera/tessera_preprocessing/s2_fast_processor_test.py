stub: upstream file of 64147 bytes
