stub: upstream file of 68963 bytes
