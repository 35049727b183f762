stub: upstream file of 8926 bytes
