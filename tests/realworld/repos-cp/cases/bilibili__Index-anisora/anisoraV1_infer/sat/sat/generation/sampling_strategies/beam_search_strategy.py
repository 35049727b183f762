stub: upstream file of 7659 bytes
