stub: upstream file of 14763 bytes
