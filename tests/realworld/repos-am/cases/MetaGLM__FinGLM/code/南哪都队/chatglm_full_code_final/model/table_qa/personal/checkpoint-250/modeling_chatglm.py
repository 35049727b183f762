stub: upstream file of 50717 bytes
