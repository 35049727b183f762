stub: upstream file of 91775 bytes
