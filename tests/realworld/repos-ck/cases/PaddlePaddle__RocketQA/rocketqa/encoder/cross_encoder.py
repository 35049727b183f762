stub: upstream file of 13669 bytes
