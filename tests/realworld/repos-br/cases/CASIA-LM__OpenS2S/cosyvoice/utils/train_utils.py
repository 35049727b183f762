stub: upstream file of 11867 bytes
