stub: upstream file of 9979 bytes
