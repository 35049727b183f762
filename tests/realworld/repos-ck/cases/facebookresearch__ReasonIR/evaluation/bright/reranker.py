stub: upstream file of 6995 bytes
