stub: upstream file of 8980 bytes
