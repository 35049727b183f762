stub: upstream file of 6683 bytes
