stub: upstream file of 42456 bytes
