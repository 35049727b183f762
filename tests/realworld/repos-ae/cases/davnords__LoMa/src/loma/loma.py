stub: upstream file of 17907 bytes
