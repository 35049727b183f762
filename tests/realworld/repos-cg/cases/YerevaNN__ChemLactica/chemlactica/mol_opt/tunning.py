stub: upstream file of 4843 bytes
