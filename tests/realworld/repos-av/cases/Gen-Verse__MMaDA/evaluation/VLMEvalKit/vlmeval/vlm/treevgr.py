stub: upstream file of 14653 bytes
