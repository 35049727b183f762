stub: upstream file of 8422 bytes
