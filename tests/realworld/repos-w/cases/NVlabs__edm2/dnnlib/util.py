stub: upstream file of 17324 bytes
