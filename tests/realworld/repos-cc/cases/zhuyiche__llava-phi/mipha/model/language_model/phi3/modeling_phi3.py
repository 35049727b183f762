stub: upstream file of 73778 bytes
