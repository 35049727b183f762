stub: upstream file of 19093 bytes
