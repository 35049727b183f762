stub: upstream file of 41498 bytes
