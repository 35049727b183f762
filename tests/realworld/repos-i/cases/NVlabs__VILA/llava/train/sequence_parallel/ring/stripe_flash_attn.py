stub: upstream file of 9627 bytes
