stub: upstream file of 2714 bytes
