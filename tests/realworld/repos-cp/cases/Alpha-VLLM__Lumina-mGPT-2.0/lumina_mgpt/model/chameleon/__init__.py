stub: upstream file of 2367 bytes
