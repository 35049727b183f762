stub: upstream file of 3801 bytes
