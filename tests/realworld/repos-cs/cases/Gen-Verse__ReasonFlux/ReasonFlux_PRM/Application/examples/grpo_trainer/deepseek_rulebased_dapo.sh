stub: upstream file of 2152 bytes
