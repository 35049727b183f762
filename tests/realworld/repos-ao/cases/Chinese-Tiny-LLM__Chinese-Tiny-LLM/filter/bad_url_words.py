stub: upstream file of 60540 bytes
