stub: upstream file of 10757 bytes
