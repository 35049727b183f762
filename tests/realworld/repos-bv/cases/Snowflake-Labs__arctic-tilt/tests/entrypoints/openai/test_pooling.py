stub: upstream file of 7567 bytes
