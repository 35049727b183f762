stub: upstream file of 22776 bytes
