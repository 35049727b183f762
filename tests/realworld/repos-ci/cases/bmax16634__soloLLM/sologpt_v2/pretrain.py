stub: upstream file of 30520 bytes
