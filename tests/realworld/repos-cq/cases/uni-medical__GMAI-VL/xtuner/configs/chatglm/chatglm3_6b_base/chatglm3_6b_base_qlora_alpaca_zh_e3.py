stub: upstream file of 7141 bytes
