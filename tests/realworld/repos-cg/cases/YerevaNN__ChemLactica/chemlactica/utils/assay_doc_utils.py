stub: upstream file of 17683 bytes
