stub: upstream file of 33027 bytes
