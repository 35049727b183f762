stub: upstream file of 1038776 bytes
