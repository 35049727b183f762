stub: upstream file of 4917 bytes
