stub: upstream file of 40044 bytes
