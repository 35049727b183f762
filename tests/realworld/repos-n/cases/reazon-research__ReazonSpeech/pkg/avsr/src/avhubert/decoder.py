stub: upstream file of 47776 bytes
