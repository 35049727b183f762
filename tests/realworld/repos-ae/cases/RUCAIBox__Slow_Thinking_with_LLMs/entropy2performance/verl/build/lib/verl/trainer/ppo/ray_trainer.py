stub: upstream file of 72906 bytes
