stub: upstream file of 84967 bytes
