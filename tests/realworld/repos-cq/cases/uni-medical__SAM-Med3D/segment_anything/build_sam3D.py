stub: upstream file of 4766 bytes
