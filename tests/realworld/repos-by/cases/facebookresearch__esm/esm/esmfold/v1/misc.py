stub: upstream file of 10194 bytes
