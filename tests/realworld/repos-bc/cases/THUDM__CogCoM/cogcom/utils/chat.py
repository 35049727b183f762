stub: upstream file of 12837 bytes
