stub: upstream file of 1553 bytes
