stub: upstream file of 4776 bytes
