stub: upstream file of 14495 bytes
