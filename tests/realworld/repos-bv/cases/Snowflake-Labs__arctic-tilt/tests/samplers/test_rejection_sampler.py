stub: upstream file of 23643 bytes
