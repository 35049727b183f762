stub: upstream file of 9619 bytes
