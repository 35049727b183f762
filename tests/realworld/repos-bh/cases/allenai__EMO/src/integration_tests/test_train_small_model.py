stub: upstream file of 15795 bytes
