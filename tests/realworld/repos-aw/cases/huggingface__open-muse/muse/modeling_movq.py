stub: upstream file of 22941 bytes
