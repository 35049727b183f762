stub: upstream file of 28683 bytes
