stub: upstream file of 9697 bytes
