stub: upstream file of 6605 bytes
