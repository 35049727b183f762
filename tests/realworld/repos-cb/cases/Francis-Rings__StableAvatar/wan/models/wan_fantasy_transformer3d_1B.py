stub: upstream file of 50912 bytes
