stub: upstream file of 17364 bytes
