stub: upstream file of 11671 bytes
