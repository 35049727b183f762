stub: upstream file of 3683 bytes
