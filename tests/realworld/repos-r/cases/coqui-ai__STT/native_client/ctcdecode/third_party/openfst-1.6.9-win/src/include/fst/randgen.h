stub: upstream file of 25776 bytes
