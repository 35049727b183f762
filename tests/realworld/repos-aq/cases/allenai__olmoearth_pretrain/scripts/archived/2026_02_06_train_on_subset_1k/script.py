stub: upstream file of 12776 bytes
