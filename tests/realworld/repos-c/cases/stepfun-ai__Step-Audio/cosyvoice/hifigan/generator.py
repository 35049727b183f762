stub: upstream file of 19708 bytes
