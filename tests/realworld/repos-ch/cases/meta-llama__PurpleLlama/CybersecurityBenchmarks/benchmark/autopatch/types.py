stub: upstream file of 9993 bytes
