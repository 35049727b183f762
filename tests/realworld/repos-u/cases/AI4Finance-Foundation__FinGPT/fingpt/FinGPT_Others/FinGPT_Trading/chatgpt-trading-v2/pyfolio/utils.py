stub: upstream file of 16144 bytes
