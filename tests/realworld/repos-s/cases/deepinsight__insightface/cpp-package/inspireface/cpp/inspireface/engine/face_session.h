stub: upstream file of 18643 bytes
