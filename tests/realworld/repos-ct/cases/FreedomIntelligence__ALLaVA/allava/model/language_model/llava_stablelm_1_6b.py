stub: upstream file of 5518 bytes
