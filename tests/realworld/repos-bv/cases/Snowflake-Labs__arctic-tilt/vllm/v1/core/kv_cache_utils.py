stub: upstream file of 26632 bytes
