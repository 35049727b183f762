stub: upstream file of 16776 bytes
