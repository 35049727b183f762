stub: upstream file of 5014 bytes
