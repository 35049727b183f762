stub: upstream file of 25690 bytes
