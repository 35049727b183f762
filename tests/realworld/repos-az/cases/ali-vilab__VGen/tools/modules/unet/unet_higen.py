stub: upstream file of 24912 bytes
