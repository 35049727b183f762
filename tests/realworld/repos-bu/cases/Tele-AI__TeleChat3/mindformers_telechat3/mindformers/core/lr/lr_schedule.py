stub: upstream file of 45643 bytes
