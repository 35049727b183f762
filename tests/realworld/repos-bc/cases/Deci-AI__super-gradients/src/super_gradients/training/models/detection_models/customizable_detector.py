stub: upstream file of 19763 bytes
