stub: upstream file of 1369 bytes
