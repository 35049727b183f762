stub: upstream file of 3747 bytes
