stub: upstream file of 22900 bytes
