stub: upstream file of 9776 bytes
