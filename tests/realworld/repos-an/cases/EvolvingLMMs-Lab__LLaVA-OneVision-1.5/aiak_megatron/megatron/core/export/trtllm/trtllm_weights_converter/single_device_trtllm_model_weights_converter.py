stub: upstream file of 22655 bytes
