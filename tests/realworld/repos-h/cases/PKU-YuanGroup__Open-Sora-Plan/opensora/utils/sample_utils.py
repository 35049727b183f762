stub: upstream file of 21776 bytes
