stub: upstream file of 10717 bytes
