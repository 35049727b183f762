stub: upstream file of 2926 bytes
