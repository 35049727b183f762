stub: upstream file of 12841 bytes
