stub: upstream file of 6439 bytes
