stub: upstream file of 10336 bytes
