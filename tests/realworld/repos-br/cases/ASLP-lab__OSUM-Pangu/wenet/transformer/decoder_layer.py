stub: upstream file of 5747 bytes
