stub: upstream file of 181 bytes
