stub: upstream file of 14197 bytes
