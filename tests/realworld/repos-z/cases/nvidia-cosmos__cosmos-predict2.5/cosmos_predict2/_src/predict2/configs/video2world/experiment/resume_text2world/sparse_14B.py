stub: upstream file of 40242 bytes
