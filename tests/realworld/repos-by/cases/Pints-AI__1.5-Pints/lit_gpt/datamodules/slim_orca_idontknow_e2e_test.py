stub: upstream file of 3788 bytes
