stub: upstream file of 19603 bytes
