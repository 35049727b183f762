stub: upstream file of 12621 bytes
