stub: upstream file of 18690 bytes
