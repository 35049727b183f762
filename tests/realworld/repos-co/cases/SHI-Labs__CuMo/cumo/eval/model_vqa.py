stub: upstream file of 4198 bytes
