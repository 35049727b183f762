stub: upstream file of 53066 bytes
