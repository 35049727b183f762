stub: upstream file of 68593 bytes
