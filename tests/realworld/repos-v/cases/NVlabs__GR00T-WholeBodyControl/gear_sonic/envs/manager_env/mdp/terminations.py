stub: upstream file of 20602 bytes
