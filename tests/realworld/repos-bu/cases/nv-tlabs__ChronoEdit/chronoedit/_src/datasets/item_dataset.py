stub: upstream file of 14032 bytes
