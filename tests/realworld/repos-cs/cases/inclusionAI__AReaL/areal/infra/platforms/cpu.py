stub: upstream file of 1274 bytes
