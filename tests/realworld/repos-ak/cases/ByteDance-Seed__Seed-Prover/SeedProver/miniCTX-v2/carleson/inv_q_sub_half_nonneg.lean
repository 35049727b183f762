stub: upstream file of 24660 bytes
