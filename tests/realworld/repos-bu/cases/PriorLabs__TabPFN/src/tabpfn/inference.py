stub: upstream file of 54631 bytes
