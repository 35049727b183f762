stub: upstream file of 20671 bytes
