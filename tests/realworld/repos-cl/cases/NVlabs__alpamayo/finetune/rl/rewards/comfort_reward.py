stub: upstream file of 4897 bytes
