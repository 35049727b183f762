stub: upstream file of 5969 bytes
