stub: upstream file of 29887 bytes
