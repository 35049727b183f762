stub: upstream file of 11230 bytes
