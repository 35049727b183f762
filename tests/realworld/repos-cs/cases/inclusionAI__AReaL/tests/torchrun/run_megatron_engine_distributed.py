stub: upstream file of 18776 bytes
