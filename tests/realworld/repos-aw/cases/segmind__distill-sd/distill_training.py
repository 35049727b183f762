stub: upstream file of 49801 bytes
