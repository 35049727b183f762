stub: upstream file of 18548 bytes
