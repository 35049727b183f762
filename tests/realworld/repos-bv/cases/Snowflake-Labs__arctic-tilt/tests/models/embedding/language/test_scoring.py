stub: upstream file of 5801 bytes
