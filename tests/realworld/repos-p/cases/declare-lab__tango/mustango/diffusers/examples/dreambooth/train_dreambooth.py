stub: upstream file of 42776 bytes
