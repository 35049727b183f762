stub: upstream file of 5031 bytes
