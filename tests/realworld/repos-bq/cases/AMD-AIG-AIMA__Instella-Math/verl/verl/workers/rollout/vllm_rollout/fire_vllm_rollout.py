stub: upstream file of 9798 bytes
