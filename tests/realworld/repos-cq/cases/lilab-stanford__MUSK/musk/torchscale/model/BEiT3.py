stub: upstream file of 3235 bytes
