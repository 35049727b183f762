stub: upstream file of 5776 bytes
