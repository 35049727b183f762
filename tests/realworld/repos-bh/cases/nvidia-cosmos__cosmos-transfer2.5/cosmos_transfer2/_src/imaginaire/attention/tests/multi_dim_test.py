stub: upstream file of 17970 bytes
