stub: upstream file of 23351 bytes
