stub: upstream file of 13635 bytes
