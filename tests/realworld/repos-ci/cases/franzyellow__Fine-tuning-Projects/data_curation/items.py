stub: upstream file of 3851 bytes
