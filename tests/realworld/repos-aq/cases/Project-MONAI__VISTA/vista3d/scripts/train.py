stub: upstream file of 45776 bytes
