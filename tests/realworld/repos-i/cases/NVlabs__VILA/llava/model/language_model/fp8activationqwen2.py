stub: upstream file of 71871 bytes
