stub: upstream file of 44045 bytes
