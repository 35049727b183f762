stub: upstream file of 13424 bytes
