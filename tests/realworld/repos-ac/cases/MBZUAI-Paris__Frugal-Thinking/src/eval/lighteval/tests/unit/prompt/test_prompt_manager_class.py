stub: upstream file of 19988 bytes
