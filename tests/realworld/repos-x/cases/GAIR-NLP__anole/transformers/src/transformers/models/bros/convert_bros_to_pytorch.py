stub: upstream file of 4871 bytes
