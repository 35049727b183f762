stub: upstream file of 671 bytes
