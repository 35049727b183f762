stub: upstream file of 39810 bytes
