stub: upstream file of 18043 bytes
