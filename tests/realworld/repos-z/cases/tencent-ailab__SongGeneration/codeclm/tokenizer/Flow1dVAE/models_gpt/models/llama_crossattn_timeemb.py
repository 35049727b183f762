stub: upstream file of 101798 bytes
