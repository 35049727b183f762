stub: upstream file of 2712 bytes
