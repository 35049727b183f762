stub: upstream file of 20686 bytes
