stub: upstream file of 19014 bytes
