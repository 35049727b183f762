stub: upstream file of 7776 bytes
