stub: upstream file of 18457 bytes
