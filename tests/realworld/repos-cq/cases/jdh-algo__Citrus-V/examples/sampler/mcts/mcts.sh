stub: upstream file of 1122 bytes
