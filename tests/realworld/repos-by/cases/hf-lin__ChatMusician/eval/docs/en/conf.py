stub: upstream file of 6776 bytes
