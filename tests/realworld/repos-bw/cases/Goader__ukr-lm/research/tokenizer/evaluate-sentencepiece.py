stub: upstream file of 6053 bytes
