stub: upstream file of 10168 bytes
