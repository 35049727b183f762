stub: upstream file of 9044 bytes
