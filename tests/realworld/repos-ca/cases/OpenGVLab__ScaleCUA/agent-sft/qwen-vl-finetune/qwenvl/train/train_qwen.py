stub: upstream file of 6671 bytes
