stub: upstream file of 29776 bytes
