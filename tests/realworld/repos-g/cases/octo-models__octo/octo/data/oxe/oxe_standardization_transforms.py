stub: upstream file of 36209 bytes
