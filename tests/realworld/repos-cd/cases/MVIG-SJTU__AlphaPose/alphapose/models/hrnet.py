stub: upstream file of 17795 bytes
