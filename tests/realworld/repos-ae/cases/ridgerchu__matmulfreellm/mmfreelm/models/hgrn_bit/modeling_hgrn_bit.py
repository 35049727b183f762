stub: upstream file of 17144 bytes
