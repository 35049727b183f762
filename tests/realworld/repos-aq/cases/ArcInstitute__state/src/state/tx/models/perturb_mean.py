stub: upstream file of 11592 bytes
