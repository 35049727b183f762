stub: upstream file of 35141 bytes
