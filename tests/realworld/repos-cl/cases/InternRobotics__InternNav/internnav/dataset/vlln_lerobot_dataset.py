stub: upstream file of 31633 bytes
