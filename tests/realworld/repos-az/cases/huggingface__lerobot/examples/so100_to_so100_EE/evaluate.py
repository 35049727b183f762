stub: upstream file of 9511 bytes
