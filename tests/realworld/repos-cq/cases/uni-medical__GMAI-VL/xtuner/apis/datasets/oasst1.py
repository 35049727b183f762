stub: upstream file of 1206 bytes
