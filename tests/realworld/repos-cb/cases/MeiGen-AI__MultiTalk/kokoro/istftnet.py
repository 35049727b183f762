stub: upstream file of 19488 bytes
