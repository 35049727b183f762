stub: upstream file of 24894 bytes
