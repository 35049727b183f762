stub: upstream file of 7487 bytes
