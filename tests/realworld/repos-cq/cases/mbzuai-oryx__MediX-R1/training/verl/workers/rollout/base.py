stub: upstream file of 859 bytes
