stub: upstream file of 9859 bytes
