stub: upstream file of 24776 bytes
