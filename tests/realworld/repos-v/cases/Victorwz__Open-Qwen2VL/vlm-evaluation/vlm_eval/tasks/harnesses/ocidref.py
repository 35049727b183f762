stub: upstream file of 17686 bytes
