stub: upstream file of 24765 bytes
