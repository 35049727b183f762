stub: upstream file of 101820 bytes
