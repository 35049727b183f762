stub: upstream file of 12043 bytes
