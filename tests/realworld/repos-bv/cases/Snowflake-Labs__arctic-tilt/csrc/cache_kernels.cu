stub: upstream file of 32030 bytes
