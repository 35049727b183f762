stub: upstream file of 32815 bytes
