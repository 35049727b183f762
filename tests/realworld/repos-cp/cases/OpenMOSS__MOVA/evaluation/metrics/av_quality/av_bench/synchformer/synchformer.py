stub: upstream file of 4043 bytes
