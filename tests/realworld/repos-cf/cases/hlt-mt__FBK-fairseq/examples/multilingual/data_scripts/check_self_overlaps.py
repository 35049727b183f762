stub: upstream file of 3798 bytes
