stub: upstream file of 31889 bytes
