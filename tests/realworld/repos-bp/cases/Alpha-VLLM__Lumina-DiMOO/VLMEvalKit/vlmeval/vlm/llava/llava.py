stub: upstream file of 31068 bytes
