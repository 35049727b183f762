stub: upstream file of 9801 bytes
