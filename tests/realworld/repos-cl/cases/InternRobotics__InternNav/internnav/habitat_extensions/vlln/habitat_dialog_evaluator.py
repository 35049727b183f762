stub: upstream file of 11776 bytes
