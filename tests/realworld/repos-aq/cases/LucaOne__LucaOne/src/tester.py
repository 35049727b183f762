stub: upstream file of 9683 bytes
