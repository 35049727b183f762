stub: upstream file of 6891 bytes
