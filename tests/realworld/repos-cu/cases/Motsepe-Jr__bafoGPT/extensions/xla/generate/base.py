stub: upstream file of 6859 bytes
