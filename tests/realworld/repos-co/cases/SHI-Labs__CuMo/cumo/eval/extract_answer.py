stub: upstream file of 8561 bytes
