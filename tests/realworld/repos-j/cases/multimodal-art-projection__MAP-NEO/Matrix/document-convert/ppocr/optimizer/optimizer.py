stub: upstream file of 9969 bytes
