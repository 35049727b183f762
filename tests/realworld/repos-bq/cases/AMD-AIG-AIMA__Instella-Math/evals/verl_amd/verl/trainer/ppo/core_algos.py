stub: upstream file of 13841 bytes
