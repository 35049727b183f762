stub: upstream file of 105037 bytes
