stub: upstream file of 18582 bytes
