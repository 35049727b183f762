stub: upstream file of 77776 bytes
