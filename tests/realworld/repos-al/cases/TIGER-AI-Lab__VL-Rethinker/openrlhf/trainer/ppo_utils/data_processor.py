stub: upstream file of 11759 bytes
