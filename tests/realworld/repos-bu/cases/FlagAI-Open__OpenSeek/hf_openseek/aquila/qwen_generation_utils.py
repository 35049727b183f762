stub: upstream file of 14604 bytes
