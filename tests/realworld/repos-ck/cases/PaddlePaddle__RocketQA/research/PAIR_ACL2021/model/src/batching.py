stub: upstream file of 2683 bytes
