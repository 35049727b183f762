stub: upstream file of 40996 bytes
