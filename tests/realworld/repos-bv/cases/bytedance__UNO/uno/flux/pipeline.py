stub: upstream file of 10795 bytes
