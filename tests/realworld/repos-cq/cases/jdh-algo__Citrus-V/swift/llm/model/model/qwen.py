stub: upstream file of 45321 bytes
