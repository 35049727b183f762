stub: upstream file of 78611 bytes
