stub: upstream file of 22775 bytes
