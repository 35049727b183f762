stub: upstream file of 18902 bytes
