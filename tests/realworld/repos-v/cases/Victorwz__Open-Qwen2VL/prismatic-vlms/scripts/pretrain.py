stub: upstream file of 12151 bytes
