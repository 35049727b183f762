stub: upstream file of 13734 bytes
