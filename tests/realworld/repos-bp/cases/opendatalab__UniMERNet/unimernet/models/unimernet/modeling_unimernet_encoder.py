stub: upstream file of 46611 bytes
