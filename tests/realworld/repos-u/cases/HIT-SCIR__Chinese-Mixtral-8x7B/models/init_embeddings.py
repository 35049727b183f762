stub: upstream file of 3795 bytes
