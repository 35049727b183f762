stub: upstream file of 14117 bytes
