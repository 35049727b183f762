stub: upstream file of 25582 bytes
