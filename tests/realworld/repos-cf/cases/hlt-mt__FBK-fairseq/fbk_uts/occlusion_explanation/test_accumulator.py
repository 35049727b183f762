stub: upstream file of 23789 bytes
