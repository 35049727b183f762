stub: upstream file of 3582 bytes
