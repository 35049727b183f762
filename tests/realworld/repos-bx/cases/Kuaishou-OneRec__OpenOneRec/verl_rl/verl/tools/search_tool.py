stub: upstream file of 10776 bytes
