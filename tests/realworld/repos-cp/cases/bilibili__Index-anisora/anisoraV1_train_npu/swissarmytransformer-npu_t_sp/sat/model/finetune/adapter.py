stub: upstream file of 2659 bytes
