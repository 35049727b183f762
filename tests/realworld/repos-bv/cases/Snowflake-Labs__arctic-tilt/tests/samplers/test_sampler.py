stub: upstream file of 28455 bytes
