stub: upstream file of 330643 bytes
