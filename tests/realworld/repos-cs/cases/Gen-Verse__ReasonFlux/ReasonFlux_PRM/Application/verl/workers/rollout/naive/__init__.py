stub: upstream file of 669 bytes
