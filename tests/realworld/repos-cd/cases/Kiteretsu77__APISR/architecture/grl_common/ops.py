stub: upstream file of 19395 bytes
