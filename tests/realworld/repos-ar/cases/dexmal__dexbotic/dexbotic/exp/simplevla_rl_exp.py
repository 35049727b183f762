stub: upstream file of 65984 bytes
