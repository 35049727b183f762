stub: upstream file of 54979 bytes
