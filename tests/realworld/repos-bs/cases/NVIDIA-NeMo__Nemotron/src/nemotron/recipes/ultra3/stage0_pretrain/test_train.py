stub: upstream file of 3778 bytes
