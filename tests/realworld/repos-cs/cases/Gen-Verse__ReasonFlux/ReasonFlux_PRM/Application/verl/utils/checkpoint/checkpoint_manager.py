stub: upstream file of 5885 bytes
