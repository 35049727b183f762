stub: upstream file of 29624 bytes
