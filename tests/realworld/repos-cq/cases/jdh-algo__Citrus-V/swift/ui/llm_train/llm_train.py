stub: upstream file of 23063 bytes
