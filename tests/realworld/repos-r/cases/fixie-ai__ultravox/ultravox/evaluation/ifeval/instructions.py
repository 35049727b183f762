stub: upstream file of 56993 bytes
