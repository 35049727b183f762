stub: upstream file of 15705 bytes
