stub: upstream file of 33847 bytes
