stub: upstream file of 19872 bytes
