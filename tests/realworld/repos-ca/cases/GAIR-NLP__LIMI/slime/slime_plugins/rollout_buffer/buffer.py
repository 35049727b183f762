stub: upstream file of 11313 bytes
