stub: upstream file of 11693 bytes
