stub: upstream file of 35658 bytes
