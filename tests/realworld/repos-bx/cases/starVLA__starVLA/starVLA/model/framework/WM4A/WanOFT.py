stub: upstream file of 9671 bytes
