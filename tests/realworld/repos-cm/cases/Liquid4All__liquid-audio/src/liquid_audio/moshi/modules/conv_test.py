stub: upstream file of 5979 bytes
