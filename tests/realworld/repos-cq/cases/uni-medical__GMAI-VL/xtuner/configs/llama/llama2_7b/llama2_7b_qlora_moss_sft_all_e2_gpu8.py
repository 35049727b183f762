stub: upstream file of 7609 bytes
