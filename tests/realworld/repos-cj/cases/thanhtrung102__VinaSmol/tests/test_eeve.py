stub: upstream file of 5046 bytes
