stub: upstream file of 12186 bytes
