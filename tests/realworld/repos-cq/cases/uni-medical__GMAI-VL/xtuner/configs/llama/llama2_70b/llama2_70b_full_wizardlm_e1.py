stub: upstream file of 6780 bytes
