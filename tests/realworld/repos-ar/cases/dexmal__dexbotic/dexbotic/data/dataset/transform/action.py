stub: upstream file of 17210 bytes
