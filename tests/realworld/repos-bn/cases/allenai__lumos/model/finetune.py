stub: upstream file of 30798 bytes
