stub: upstream file of 65030 bytes
