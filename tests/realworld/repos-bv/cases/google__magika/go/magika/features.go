stub: upstream file of 3660 bytes
