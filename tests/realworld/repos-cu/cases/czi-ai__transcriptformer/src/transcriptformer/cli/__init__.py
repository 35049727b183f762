stub: upstream file of 9609 bytes
