stub: upstream file of 7859 bytes
