stub: upstream file of 776 bytes
