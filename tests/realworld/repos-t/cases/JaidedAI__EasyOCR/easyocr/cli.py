stub: upstream file of 8659 bytes
