stub: upstream file of 26633 bytes
