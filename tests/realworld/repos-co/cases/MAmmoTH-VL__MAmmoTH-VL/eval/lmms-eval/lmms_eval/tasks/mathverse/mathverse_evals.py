stub: upstream file of 13301 bytes
