stub: upstream file of 530 bytes
