stub: upstream file of 25609 bytes
