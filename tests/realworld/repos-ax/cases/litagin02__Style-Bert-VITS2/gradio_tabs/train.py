stub: upstream file of 33602 bytes
