stub: upstream file of 5707 bytes
