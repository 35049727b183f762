stub: upstream file of 20014 bytes
