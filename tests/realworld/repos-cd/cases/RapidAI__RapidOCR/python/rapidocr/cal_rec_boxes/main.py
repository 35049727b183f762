stub: upstream file of 12190 bytes
