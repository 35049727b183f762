stub: upstream file of 42390 bytes
