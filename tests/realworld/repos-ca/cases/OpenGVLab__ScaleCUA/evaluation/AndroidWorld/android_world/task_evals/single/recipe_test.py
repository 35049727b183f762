stub: upstream file of 19117 bytes
