stub: upstream file of 85659 bytes
