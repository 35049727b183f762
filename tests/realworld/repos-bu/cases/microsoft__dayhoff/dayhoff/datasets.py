stub: upstream file of 13793 bytes
