stub: upstream file of 26543 bytes
