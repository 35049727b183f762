stub: upstream file of 17013 bytes
