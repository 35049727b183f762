stub: upstream file of 14778 bytes
