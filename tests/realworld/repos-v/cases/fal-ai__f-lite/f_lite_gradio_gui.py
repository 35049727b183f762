stub: upstream file of 40953 bytes
