stub: upstream file of 26101 bytes
