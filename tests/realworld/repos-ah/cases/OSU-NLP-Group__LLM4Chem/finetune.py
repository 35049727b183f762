stub: upstream file of 11152 bytes
