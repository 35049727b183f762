stub: upstream file of 22627 bytes
