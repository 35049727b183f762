stub: upstream file of 15222 bytes
