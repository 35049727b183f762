stub: upstream file of 59724 bytes
