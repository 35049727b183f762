stub: upstream file of 22609 bytes
