stub: upstream file of 56663 bytes
