stub: upstream file of 17690 bytes
