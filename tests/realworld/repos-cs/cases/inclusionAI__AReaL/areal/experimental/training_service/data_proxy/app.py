stub: upstream file of 1614 bytes
