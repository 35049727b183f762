stub: upstream file of 18729 bytes
