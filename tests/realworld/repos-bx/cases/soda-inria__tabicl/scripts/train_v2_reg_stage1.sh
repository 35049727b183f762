stub: upstream file of 4655 bytes
