stub: upstream file of 7459 bytes
