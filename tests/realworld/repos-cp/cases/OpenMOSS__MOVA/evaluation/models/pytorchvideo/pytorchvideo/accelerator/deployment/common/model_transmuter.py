stub: upstream file of 3406 bytes
