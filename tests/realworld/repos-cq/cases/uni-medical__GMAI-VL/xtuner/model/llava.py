stub: upstream file of 25669 bytes
