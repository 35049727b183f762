stub: upstream file of 84659 bytes
