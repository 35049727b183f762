stub: upstream file of 4144 bytes
