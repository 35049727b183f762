stub: upstream file of 4091 bytes
