stub: upstream file of 51093 bytes
