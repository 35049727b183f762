stub: upstream file of 14809 bytes
