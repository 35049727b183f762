stub: upstream file of 21863 bytes
