stub: upstream file of 13775 bytes
