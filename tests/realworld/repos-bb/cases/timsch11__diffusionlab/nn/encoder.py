stub: upstream file of 6633 bytes
