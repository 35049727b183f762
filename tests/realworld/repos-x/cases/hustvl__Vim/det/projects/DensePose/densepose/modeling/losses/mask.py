stub: upstream file of 5321 bytes
