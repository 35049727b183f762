stub: upstream file of 4746 bytes
