stub: upstream file of 3627 bytes
