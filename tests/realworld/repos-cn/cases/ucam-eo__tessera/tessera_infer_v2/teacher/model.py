stub: upstream file of 9756 bytes
