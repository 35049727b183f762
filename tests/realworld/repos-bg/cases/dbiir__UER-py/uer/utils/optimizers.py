stub: upstream file of 27044 bytes
