stub: upstream file of 10592 bytes
