stub: upstream file of 4851 bytes
