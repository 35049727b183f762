stub: upstream file of 690 bytes
