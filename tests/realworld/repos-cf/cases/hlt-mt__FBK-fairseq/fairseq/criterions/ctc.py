stub: upstream file of 11043 bytes
