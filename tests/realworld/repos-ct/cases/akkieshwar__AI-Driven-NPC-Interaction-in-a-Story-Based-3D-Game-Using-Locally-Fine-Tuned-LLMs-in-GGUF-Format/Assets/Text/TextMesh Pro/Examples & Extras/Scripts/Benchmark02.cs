stub: upstream file of 3611 bytes
