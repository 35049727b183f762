stub: upstream file of 49778 bytes
