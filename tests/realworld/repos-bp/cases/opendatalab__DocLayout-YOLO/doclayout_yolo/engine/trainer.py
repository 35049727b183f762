stub: upstream file of 34671 bytes
