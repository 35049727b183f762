stub: upstream file of 15007 bytes
