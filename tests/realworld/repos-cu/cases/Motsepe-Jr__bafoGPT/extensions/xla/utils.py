stub: upstream file of 5131 bytes
