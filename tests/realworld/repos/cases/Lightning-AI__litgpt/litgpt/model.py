stub: upstream file of 60984 bytes
