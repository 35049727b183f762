stub: upstream file of 8967 bytes
