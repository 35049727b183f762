stub: upstream file of 50795 bytes
