stub: upstream file of 20776 bytes
