stub: upstream file of 5671 bytes
