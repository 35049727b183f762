stub: upstream file of 73677 bytes
