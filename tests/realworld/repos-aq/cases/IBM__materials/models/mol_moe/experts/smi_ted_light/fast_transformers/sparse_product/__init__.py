stub: upstream file of 13763 bytes
